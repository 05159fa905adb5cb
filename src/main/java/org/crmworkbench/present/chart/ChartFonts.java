package org.crmworkbench.present.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses a font family that can draw a chart's text: a clean sans-serif for Latin text, and a family with CJK
 * glyphs (Noto Sans CJK SC, which Debian's fonts-noto-cjk installs, or what Windows and macOS ship) when the text
 * holds Chinese. Looks at the fonts installed on this machine once, when created.
 */
public final class ChartFonts {
    /** The logical family Java always has; used when nothing better is installed. */
    public static final String FALLBACK = Font.SANS_SERIF;

    private static final List<String> LATIN = List.of("Noto Sans", "Segoe UI", "Helvetica Neue", "Arial",
            "Liberation Sans", "Nimbus Sans", "DejaVu Sans");
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Noto Sans SC", "SimHei", "Droid Sans Fallback");

    private final Set<String> installed;
    private final Map<String, String> chosen = new HashMap<>();

    /** Fonts installed on this machine. */
    public ChartFonts() {
        this(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
    }

    /** Only the given families count as installed (for tests). */
    public ChartFonts(Collection<String> installedFamilies) {
        this.installed = new TreeSet<>(installedFamilies);
    }

    /**
     * The family to draw {@code text} with: the first preferred Latin family that shows all of it, else the first
     * CJK family that does, else any installed family that does, else {@link #FALLBACK}.
     */
    public synchronized String familyFor(String text) {
        String probe = text.codePoints().filter(c -> !Character.isWhitespace(c)).distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return chosen.computeIfAbsent(probe, this::choose);
    }

    /** Whether {@code family} is installed and has a glyph for every character of {@code text}. */
    public boolean canDisplay(String family, String text) {
        if (!installed.contains(family) && !family.equals(FALLBACK)) {
            return false;
        }
        Font font = new Font(family, Font.PLAIN, 12);
        // Java quietly substitutes Dialog for a family it does not have
        boolean real = family.equals(FALLBACK) || font.getFamily(Locale.ROOT).equalsIgnoreCase(family);
        return real && font.canDisplayUpTo(text) < 0;
    }

    /** Whether any installed family can show {@code text}. */
    public boolean anyCanDisplay(String text) {
        return !familyFor(text).equals(FALLBACK) || canDisplay(FALLBACK, text);
    }

    private String choose(String probe) {
        for (String family : LATIN) {
            if (canDisplay(family, probe)) {
                return family;
            }
        }
        for (String family : CJK) {
            if (canDisplay(family, probe)) {
                return family;
            }
        }
        for (String family : installed) {
            if (canDisplay(family, probe)) {
                return family;
            }
        }
        return FALLBACK;
    }

    /** True when every character of {@code text} is in ISO 8859-1, what PDF's standard fonts can show. */
    public static boolean isLatin1(String text) {
        return text.chars().allMatch(c -> c <= 0xFF);
    }
}
