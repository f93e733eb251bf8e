package samen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    private static final String MARKER = "summary.json";

    @TempDir
    Path parent;

    @Test
    void appearsOnlyOnCommit() throws Exception {
        Path target = parent.resolve("runs").resolve("a");
        try (OutputDirectory out = OutputDirectory.create(target, false)) {
            Files.writeString(out.dir().resolve("x.csv"), "1\n");
            assertThat(out.dir().getParent()).isEqualTo(target.getParent());
            assertThat(out.dir().getFileName().toString()).startsWith(".a.tmp-");
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(target.resolve("x.csv")).hasContent("1");
        assertThat(entries(target)).containsExactly(Manifest.FILE, "x.csv");
        assertThat(entries(target.getParent())).containsExactly("a");
    }

    @Test
    void failedWriteLeavesNothingBehind() throws Exception {
        Path target = parent.resolve("a");
        assertThatThrownBy(() -> {
            try (OutputDirectory out = OutputDirectory.create(target, false)) {
                Files.writeString(out.dir().resolve("x.csv"), "half");
                throw new IllegalStateException("model bug");
            }
        }).hasMessage("model bug");
        assertThat(entries(parent)).isEmpty();
    }

    @Test
    void refusesAnExistingTargetWithoutReplace() throws Exception {
        Path target = Files.createDirectory(parent.resolve("a"));
        Files.writeString(target.resolve("old.csv"), "old");
        assertThatThrownBy(() -> OutputDirectory.create(target, false))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("already exists");
        assertThat(target.resolve("old.csv")).hasContent("old");
        assertThat(entries(parent)).containsExactly("a");
    }

    @Test
    void refusesATargetThatAppearedDuringTheRun() throws Exception {
        Path target = parent.resolve("a");
        try (OutputDirectory out = OutputDirectory.create(target, false)) {
            Files.createDirectory(target);
            assertThatThrownBy(out::commit).isInstanceOf(OutputExistsException.class);
        }
        assertThat(entries(parent)).containsExactly("a");
        assertThat(entries(target)).isEmpty();
    }

    @Test
    void replaceSwapsTheOldDirectoryOnlyWhenTheNewOneIsComplete() throws Exception {
        Path target = Files.createDirectory(parent.resolve("a"));
        Files.writeString(target.resolve(MARKER), "{}");
        Manifest.write(target);
        try (OutputDirectory out = OutputDirectory.create(target, true)) {
            Files.writeString(out.dir().resolve("new.csv"), "new");
            assertThat(target.resolve(MARKER)).hasContent("{}");
            out.commit();
        }
        assertThat(entries(target)).containsExactly(Manifest.FILE, "new.csv");
        assertThat(entries(parent)).containsExactly("a");
    }

    @Test
    void replaceNeverTouchesADirectoryThatIsNotOurs() throws Exception {
        Path home = Files.createDirectory(parent.resolve("home"));
        Files.writeString(home.resolve("thesis.docx"), "years of work");
        assertThatThrownBy(() -> OutputDirectory.create(home, true))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageContaining("has no .samen-manifest").hasMessageContaining("thesis.docx");
        assertThat(entries(home)).containsExactly("thesis.docx");
        assertThat(entries(parent)).containsExactly("home");
    }

    @Test
    void replaceAcceptsAnEmptyDirectory() throws Exception {
        Path target = Files.createDirectory(parent.resolve("a"));
        try (OutputDirectory out = OutputDirectory.create(target, true)) {
            out.commit();
        }
        assertThat(entries(parent)).containsExactly("a");
    }

    @Test
    void failedReplaceKeepsTheOldDirectory() throws Exception {
        Path target = Files.createDirectory(parent.resolve("a"));
        Files.writeString(target.resolve(MARKER), "old");
        Manifest.write(target);
        assertThatThrownBy(() -> {
            try (OutputDirectory out = OutputDirectory.create(target, true)) {
                Files.writeString(out.dir().resolve("new.csv"), "half");
                throw new IOException("disk full");
            }
        }).hasMessage("disk full");
        assertThat(entries(target)).containsExactly(Manifest.FILE, MARKER);
        assertThat(entries(parent)).containsExactly("a");
    }

    @Test
    void neverReplacesAFile() throws Exception {
        Path target = Files.writeString(parent.resolve("a"), "not a run");
        assertThatThrownBy(() -> OutputDirectory.create(target, true))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("not a directory");
        assertThat(target).hasContent("not a run");
    }

    @Test
    void anOldDirectoryLeftAsideByAKillGoesBackWhenNoFinishedNewOneIsThere() throws Exception {
        Path old = Files.createDirectory(parent.resolve(".a.old-1x"));
        Files.writeString(old.resolve(MARKER), "old results");
        Manifest.write(old);
        Path unfinished = Files.createDirectory(parent.resolve(".a.tmp-2y"));
        Files.writeString(unfinished.resolve(OutputDirectory.LOCK), "");
        Files.writeString(unfinished.resolve("half.csv"), "1,2");
        Path target = parent.resolve("a");
        assertThatThrownBy(() -> OutputDirectory.create(target, false)).isInstanceOf(OutputExistsException.class);
        assertThat(target.resolve(MARKER)).hasContent("old results");
        assertThat(entries(parent)).containsExactly("a");
    }

    @Test
    void aLiveWritersTemporaryDirectoryIsNeverTouched() throws Exception {
        Path target = parent.resolve("a");
        try (OutputDirectory first = OutputDirectory.create(target, false)) {
            Files.writeString(first.dir().resolve("x.csv"), "1");
            try (OutputDirectory second = OutputDirectory.create(parent.resolve("b"), false)) {
                assertThat(first.dir().resolve("x.csv")).exists();
                second.commit();
            }
            first.commit();
        }
        assertThat(entries(parent)).containsExactly("a", "b");
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
