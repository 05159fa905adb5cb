package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG charts a verb writes are thinned above 10,000 points as {@code workbench chart} thins them (a 100k-point
 * segment scatter was 15.6 MB), and say so in a caption; the PNG draws every point.
 */
class ThinnedChartFilesTest {
    @TempDir
    Path dir;

    @Test
    void aLargeScatterIsWrittenThinnedAsSvgAndSaysSo() throws Exception {
        Path points = dir.resolve("points.csv");
        StringBuilder sb = new StringBuilder("id,x,y\n");
        Random random = new Random(5);
        for (int i = 0; i < 12_000; i++) {
            int centre = i % 3;
            sb.append(i).append(',').append(centre * 10 + random.nextGaussian()).append(',')
                    .append(centre * 5 + random.nextGaussian()).append('\n');
        }
        Files.writeString(points, sb.toString());
        CommandRun cli = new CommandRun(dir);
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("segment", "--input", points.toString(), "--k", "3", "--restarts", "1", "--out",
                out.toString()), cli.stderr);
        String svg = Files.readString(out.resolve("scatter.svg"));
        assertTrue(svg.matches("(?s).*Drawn: [0-9,]+ of 12,00[0-9] points.*"), "the caption says the chart was thinned");
        long circles = svg.split("<path|<circle|<rect|<ellipse", -1).length;
        assertTrue(circles < 11_000, "drawn shapes " + circles);
        assertTrue(Files.size(out.resolve("scatter.png")) > 0);
    }
}
