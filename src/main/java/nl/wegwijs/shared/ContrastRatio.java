package nl.wegwijs.shared;

/** WCAG 2.1 contrast ratio between two sRGB colours written as {@code #rrggbb}. */
public final class ContrastRatio {

    /** Minimum contrast for normal text at level AA (success criterion 1.4.3). */
    public static final double AA_NORMAL_TEXT = 4.5;

    private ContrastRatio() {
    }

    public static double between(String foreground, String background) {
        double a = relativeLuminance(foreground);
        double b = relativeLuminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    public static double againstWhite(String colour) {
        return between(colour, "#ffffff");
    }

    static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
