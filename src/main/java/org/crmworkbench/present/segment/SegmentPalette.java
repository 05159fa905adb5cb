package org.crmworkbench.present.segment;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Colours and marker shapes for segments that people with colour-vision deficiencies can tell apart.
 *
 * <p>Colours, in order: the seven colours of Okabe and Ito's palette ("Color Universal Design", 2008) without its
 * black: orange #E69F00, sky blue #56B4E9, bluish green #009E73, yellow #F0E442, blue #0072B2, vermillion #D55E00,
 * reddish purple #CC79A7; then the nine colours of Paul Tol's "muted" scheme (Tol, "Colour Schemes", SRON technical
 * note, 2021), ordered so each next one is as far as possible (in RGB) from all before it: wine #882255,
 * indigo #332288, olive #999933, teal #44AA99, green #117733, purple #AA4499, sand #DDCC77, cyan #88CCEE,
 * rose #CC6677. Noise is Tol's grey #BBBBBB.
 *
 * <p>Shapes: the Okabe-Ito segments are circles and the Tol segments squares, so the few similar pairs across the
 * two sets (sky blue and cyan, say) still differ by shape; when all 16 colours are used the cycle repeats with
 * triangles and diamonds, then downward triangles and hexagons; 48 segments are distinct by colour and shape.
 */
public final class SegmentPalette {
    private static final Color[] COLOURS = {
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xF0E442),
        new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7),
        new Color(0x882255), new Color(0x332288), new Color(0x999933), new Color(0x44AA99), new Color(0x117733),
        new Color(0xAA4499), new Color(0xDDCC77), new Color(0x88CCEE), new Color(0xCC6677),
    };
    private static final int FIRST_SET = 7;
    private static final int SHAPE_KINDS = 6;

    /** Points no segment claimed (DBSCAN's noise). */
    public static final Color NOISE = new Color(0xBBBBBB);
    /** Outline of centres and the mark of outliers. */
    public static final Color INK = new Color(0x222222);

    /** Distinct colours before the cycle repeats (with other shapes). */
    public int colourCount() {
        return COLOURS.length;
    }

    /** Colour of segment {@code i} (0-based); a negative segment is noise. */
    public Color colour(int i) {
        return i < 0 ? NOISE : COLOURS[i % COLOURS.length];
    }

    /** Which of six shapes segment {@code i} uses: 0 circle, 1 square, 2 triangle, 3 diamond, 4 down, 5 hexagon. */
    public int shapeKind(int i) {
        if (i < 0) {
            return 0;
        }
        int round = i / COLOURS.length;
        int within = i % COLOURS.length;
        return (2 * round + (within < FIRST_SET ? 0 : 1)) % SHAPE_KINDS;
    }

    /** The marker of segment {@code i}, about {@code size} points across, centred on (0, 0). */
    public Shape shape(int i, double size) {
        return shapeOfKind(shapeKind(i), size);
    }

    /** A shape of the given kind (see {@link #shapeKind}), about {@code size} points across. */
    public static Shape shapeOfKind(int kind, double size) {
        double r = size / 2;
        return switch (kind) {
            case 0 -> new Ellipse2D.Double(-r, -r, size, size);
            case 1 -> {
                double s = size * 0.88;
                yield new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            }
            case 2 -> polygon(r * 1.15, 3, -Math.PI / 2);
            case 3 -> polygon(r * 1.12, 4, -Math.PI / 2);
            case 4 -> polygon(r * 1.15, 3, Math.PI / 2);
            default -> polygon(r * 1.05, 6, 0);
        };
    }

    private static Shape polygon(double radius, int corners, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int c = 0; c < corners; c++) {
            double a = start + 2 * Math.PI * c / corners;
            double x = radius * Math.cos(a);
            double y = radius * Math.sin(a);
            if (c == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
