package samen.experiment.bench;

import ec.util.MersenneTwisterFast;

/**
 * The baseline for the cost per organisation-step: one step of the model's arithmetic (decide,
 * settle, experience every partner, weigh interests, track the process) written as loops over
 * plain arrays, without MASON's schedule, agents as objects, lists, lambdas or streams. Same
 * random number generator, same number of pair passes as the model (trust given is recomputed
 * where the model recomputes it). The phase machine is left out: it is a handful of operations per
 * step, not per organisation.
 */
final class BareLoop {

    private final int n;
    private final double[] trust;
    private final double[] vigilance;
    private final double[] loyalty;
    private final double[] capacity;
    private final double[] alternative;
    private final double[] autonomy;
    private final double[] opportunism;
    private final double[] pressure;
    private final double[] power;
    private final double[] contribution;
    private final double[] commitment;
    private final double[] payoff;
    private final double[] cumulative;
    private final double[] share;
    private final double[] contributionShare;
    private final boolean[] opportunistic;
    private final MersenneTwisterFast random;
    private double energy = 0.7;
    private double cumulativeValue;

    BareLoop(int n, long seed) {
        this.n = n;
        random = new MersenneTwisterFast(seed);
        trust = filled(n * n, 0.4);
        vigilance = filled(n * n, 0.3);
        loyalty = filled(n, 0.6);
        capacity = filled(n, 1.0);
        alternative = filled(n, 1.0);
        autonomy = filled(n, 0.5);
        opportunism = filled(n, 0.1);
        pressure = filled(n, 0.3);
        power = filled(n, 1.0 / n);
        contribution = new double[n];
        commitment = new double[n];
        payoff = new double[n];
        cumulative = new double[n];
        share = new double[n];
        contributionShare = new double[n];
        opportunistic = new boolean[n];
    }

    private static double[] filled(int size, double value) {
        double[] a = new double[size];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private double rowMean(double[] m, int i) {
        double sum = 0;
        for (int j = 0; j < n; j++) if (j != i) sum += m[i * n + j];
        return sum / (n - 1);
    }

    /** One step; returns a value that depends on everything, so the JIT cannot drop the work. */
    double step() {
        double intensity = 0.5;
        double influence = 0.3;
        double transparency = 0.7;
        for (int i = 0; i < n; i++) { // decide
            double t = rowMean(trust, i);
            double temptation = opportunism[i] * (1 - loyalty[i] * t) * (2 - transparency) * intensity;
            opportunistic[i] = random.nextBoolean(Math.min(1, temptation));
            commitment[i] = loyalty[i] * (0.25 + 0.75 * autonomy[i]) * (0.5 + 0.5 * t) * (0.5 + 0.5 * energy);
            contribution[i] = capacity[i] * intensity * commitment[i] * (opportunistic[i] ? 0.5 : 1);
        }
        double total = 0;
        for (int i = 0; i < n; i++) total += contribution[i];
        double value = 1.8 * intensity * total;
        cumulativeValue += value;
        double weights = 0;
        for (int i = 0; i < n; i++) {
            contributionShare[i] = total > 0 ? contribution[i] / total : 1.0 / n;
            double rho = opportunistic[i] ? influence + 0.5 * (1 - influence) : influence;
            share[i] = (1 - rho) * contributionShare[i] + rho * power[i];
            weights += share[i];
        }
        for (int i = 0; i < n; i++) { // settle
            share[i] /= weights;
            double taken = value * share[i];
            double cost = alternative[i] * contribution[i] + 0.02 * capacity[i] * (1 + rowMean(vigilance, i));
            payoff[i] = taken - cost;
            cumulative[i] += payoff[i];
        }
        for (int a = 0; a < n; a++) { // experience
            double own = contribution[a] / capacity[a];
            for (int b = 0; b < n; b++) {
                if (a == b) continue;
                int k = a * n + b;
                if (opportunistic[b] && random.nextBoolean(transparency)) {
                    trust[k] = Math.max(0, trust[k] - 0.08);
                    vigilance[k] = Math.min(1, vigilance[k] + 0.1 * (1 - vigilance[k]));
                    continue;
                }
                double fair = (1 - influence) * contributionShare[b] + influence * power[b];
                double excess = fair > 0 ? share[b] / fair - 1 : 0;
                if (excess > 0.25) {
                    double size = Math.min(1, excess - 0.25);
                    trust[k] = Math.max(0, trust[k] - 0.08 * size);
                    vigilance[k] = Math.min(1, vigilance[k] + 0.1 * size * (1 - vigilance[k]));
                } else {
                    double other = contribution[b] / capacity[b];
                    double size = 0.5 + 0.5 * (own > 0 ? Math.min(1, other / own) : 1);
                    trust[k] = Math.min(1, trust[k] + 0.005 * size);
                    double floor = 0.3 * pressure[a];
                    if (vigilance[k] > floor) vigilance[k] = Math.max(floor, vigilance[k] - 0.025 * size * vigilance[k]);
                }
            }
        }
        double engagement = 0;
        for (int i = 0; i < n; i++) { // weigh interests, then the process's engagement
            double fairness = contributionShare[i] > 0 ? share[i] / contributionShare[i] - 1 : 0;
            double organisational = Math.max(0, Math.min(1, 0.5 + fairness - 0.25));
            double individual = 0.5 * rowMean(trust, i) + 0.5 * energy;
            double served = Math.min(1, (energy + organisational + individual) / 3);
            loyalty[i] = Math.min(1, loyalty[i] + 0.05 * (served * (1 - pressure[i] * (1 - organisational)) - loyalty[i]));
            engagement += loyalty[i] * (0.5 + 0.5 * rowMean(trust, i));
        }
        double meanTrust = 0;
        for (int i = 0; i < n; i++) meanTrust += rowMean(trust, i) / n;
        energy = Math.max(0, Math.min(1, energy + 0.05 * engagement / n - 0.03 * (1 - engagement / n)));
        return cumulativeValue + meanTrust;
    }
}
