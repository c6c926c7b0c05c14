package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_plane_and_the_timeline_are_written_as_svg() throws Exception {
        Path plane = dir.resolve("plane.svg");
        CliRun run = CliRun.of("chart", "plane", "--as-of", "2026-12-07", "--output", plane.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(plane)).startsWith("<?xml").contains("<title>nvidia-b200</title>");
        Path timeline = dir.resolve("timeline.svg");
        CliRun t = CliRun.of("chart", "timeline", "--to", "2027-01-01", "--output", timeline.toString());
        assertThat(t.status()).as(t.err()).isZero();
        assertThat(Files.readString(timeline)).contains("742.6-b10-iii-A-1-case-by-case: IN_FORCE from 2026-01-15");
    }

    @Test
    void an_unknown_format_is_bad_input() {
        CliRun run = CliRun.of("chart", "plane", "--as-of", "2026-12-07", "--output", dir.resolve("p.gif").toString());
        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(".svg or .png");
    }
}
