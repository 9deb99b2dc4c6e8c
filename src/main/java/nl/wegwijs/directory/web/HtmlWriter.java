package nl.wegwijs.directory.web;

import java.util.regex.Pattern;

/**
 * Builds an HTML document in which every text and attribute value is escaped. Tag and attribute
 * names are fixed by the code (and checked); only {@link #raw} writes markup as given, for constants.
 */
final class HtmlWriter {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(4096);

    /** Markup written by the code itself, never data. */
    HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /** An opening tag; {@code attributes} are name, value pairs; a null value leaves the attribute out. */
    HtmlWriter open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    HtmlWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with only text in it. */
    HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Safe in text and in quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }
}
