package org.clearance.analysis.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.clearance.app.BadInput;

/** Writes a scene to a file: SVG or PNG by the file's extension. */
public final class Charts {

    private Charts() {
    }

    public static void write(Scene scene, Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                Files.writeString(output, SvgWriter.write(scene), StandardCharsets.UTF_8);
            } else if (name.endsWith(".png")) {
                Files.write(output, PngWriter.write(scene));
            } else {
                throw new BadInput("--output " + output + ": expected a file ending in .svg or .png");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
