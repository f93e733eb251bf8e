package samen.scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A copy of a node tree whose lists and mappings can be changed (by {@link Overrides}) without
 * touching the original. Scalars are never changed in place, so they are shared. Aliases stay
 * aliases (a node reached twice is copied once), so a recursive alias is reported as before.
 */
final class NodeCopy {

    private final Map<Node, Node> copies = new IdentityHashMap<>();

    private NodeCopy() {
    }

    static Node of(Node node) {
        return new NodeCopy().copy(node);
    }

    private Node copy(Node node) {
        Node done = copies.get(node);
        if (done != null) return done;
        if (node instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>(m.getValue().size());
            MappingNode copy = new MappingNode(m.getTag(), m.isResolved(), tuples, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
            copies.put(node, copy);
            for (NodeTuple t : m.getValue()) tuples.add(new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode())));
            return copy;
        }
        if (node instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>(s.getValue().size());
            SequenceNode copy = new SequenceNode(s.getTag(), s.isResolved(), items, s.getFlowStyle(), s.getStartMark(), s.getEndMark());
            copies.put(node, copy);
            for (Node item : s.getValue()) items.add(copy(item));
            return copy;
        }
        return node;
    }
}
