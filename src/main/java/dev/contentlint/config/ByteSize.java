package dev.contentlint.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size of a file as the configuration writes it: a number and a unit, {@code 64 MB},
 * {@code 512KB}, {@code 1.5 GB}. Units count in 1,024s, as file managers and {@code ls -h} do.
 */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s*([KMG]i?B)\\s*", Pattern.CASE_INSENSITIVE);

    private ByteSize() {}

    /**
     * The bytes a text names.
     *
     * @throws IllegalArgumentException with what is wrong and how it is written, where the text
     *     is not a number and a unit
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            String hint = text.strip().matches("\\d+(?:\\.\\d+)?") ? "'" + text.strip() + "' has no unit"
                    : "'" + text + "' is not a size";
            throw new IllegalArgumentException(hint + "; write a number and KB, MB or GB, as '64 MB'");
        }
        double number = Double.parseDouble(m.group(1));
        int shift = switch (Character.toUpperCase(m.group(2).charAt(0))) {
            case 'K' -> 10;
            case 'M' -> 20;
            default -> 30;
        };
        return (long) Math.ceil(number * (1L << shift));
    }

    /** A size in the largest unit that leaves it at least 1, with one decimal where it has one. */
    public static String format(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + units[unit];
    }
}
