package org.crmworkbench.ui.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** What the demo mains share: reading {@code name=value} arguments and writing a scene to PNG. */
final class DemoSupport {
    private DemoSupport() {
    }

    /** Writes a snapshot of {@code scene} to {@code file} as PNG (FX thread). */
    static void write(Scene scene, File file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
            System.out.println("wrote " + file.getAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the first argument starting with {@code prefix}, or {@code fallback}. */
    static String option(String[] args, String prefix, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
