package org.crmworkbench.cli;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to the XML of a workbook part: cut short, junk inside, entities declared, cells whose type, position
 * or value no spreadsheet would write.
 */
final class SheetXmlDamage {
    private static final String[] VALUES = {"", "abc", "NaN", "Infinity", "1E309", "-1E309", "-1", "99999999",
        "1e300", "-1e300", "2958466", "-693594", "0x10", "1,5", " 3 ", "4.9E-324", "18446744073709551617",
        "2147483648", "1.7976931348623157E308"};
    private static final String[] TYPES = {"b", "e", "str", "inlineStr", "d", "zz", "s", "n", ""};
    private static final String[] REFS = {"A0", "XFE2", "A1048577", "", "2A", "a2", "AAAAAAAAAA1", "A-1", "A99999999999",
        "XFD1", "$A$2"};
    private static final String[] ROWS = {"0", "-1", "99999999999", "", "x", "1048577", "1", "3.5"};
    private static final Pattern VALUE = Pattern.compile("<v>[^<]*</v>");
    private static final Pattern TYPE = Pattern.compile(" t=\"[^\"]*\"");
    private static final Pattern REF = Pattern.compile(" r=\"[A-Z]+\\d+\"");
    private static final Pattern ROW = Pattern.compile("<row r=\"\\d+\"");

    private SheetXmlDamage() {
    }

    static String apply(String xml, Random random, String[] out) {
        int kind = random.nextInt(11);
        switch (kind) {
            case 0: {
                int at = xml.isEmpty() ? 0 : random.nextInt(xml.length());
                out[0] = "XML cut at char " + at;
                return xml.substring(0, at);
            }
            case 1: {
                String[] junk = {"<", ">", "&", "&bogus;", "</c>", "<c>", "\u0000", "<?xml version=\"1.0\"?>",
                    "]]>", "<!-- x", "\uFFFF", "&#0;", "&#xD800;"};
                String j = CellMutations.pick(junk, random);
                int at = xml.isEmpty() ? 0 : random.nextInt(xml.length());
                out[0] = "'" + CellMutations.shown(j) + "' inserted at char " + at;
                return xml.substring(0, at) + j + xml.substring(at);
            }
            case 2:
                out[0] = "external entity";
                return withDoctype(xml, "<!DOCTYPE x [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>", "&ext;");
            case 3:
                out[0] = "nested entities";
                return withDoctype(xml, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;"
                        + "&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;"
                        + "&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;"
                        + "&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>", "&g;");
            case 4, 5:
                return replaceOne(xml, VALUE, "<v>" + (out[0] = CellMutations.pick(VALUES, random)) + "</v>",
                        random, out, "value");
            case 6:
                return replaceOne(xml, TYPE, " t=\"" + CellMutations.pick(TYPES, random) + "\"", random, out, "type");
            case 7:
                return replaceOne(xml, REF, " r=\"" + CellMutations.pick(REFS, random) + "\"", random, out, "cell ref");
            case 8:
                return replaceOne(xml, ROW, "<row r=\"" + CellMutations.pick(ROWS, random) + "\"", random, out, "row");
            case 9:
                if (random.nextBoolean()) {
                    String v = CellMutations.pick(VALUES, random);
                    out[0] = "date-styled value " + v;
                    return xml.replaceFirst("<c r=\"([A-Z]+)([2-9])\"( t=\"n\")?><v>[^<]*</v>",
                            "<c r=\"$1$2\" s=\"1\" t=\"n\"><v>" + java.util.regex.Matcher.quoteReplacement(v) + "</v>");
                }
                return replaceOne(xml, Pattern.compile("<c r="), "<c s=\"" + (1 + random.nextInt(3)) + "\" r=", random,
                        out, "style");
            default:
                out[0] = "root element replaced";
                return xml.replaceFirst("<(worksheet|workbook|sst|Types|Relationships|styleSheet)\\b", "<nonsense");
        }
    }

    private static String withDoctype(String xml, String doctype, String use) {
        String body = xml.replaceFirst("^<\\?xml[^>]*\\?>", "");
        body = body.replaceFirst("<t xml:space=\"preserve\">", "<t xml:space=\"preserve\">" + use);
        body = body.replaceFirst("<v>", "<v>" + use);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + body;
    }

    private static String replaceOne(String xml, Pattern pattern, String replacement, Random random, String[] out,
                                     String what) {
        Matcher m = pattern.matcher(xml);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            out[0] = "no " + what + " to change";
            return xml;
        }
        int pick = random.nextInt(count);
        m.reset();
        for (int i = 0; i <= pick; i++) {
            m.find();
        }
        out[0] = what + " #" + pick + " -> " + CellMutations.shown(replacement.trim());
        return xml.substring(0, m.start()) + replacement + xml.substring(m.end());
    }
}
