package id.go.kalbarprov.sop.platform.document;

/**
 * Text as a document template may print it. The templates are XHTML, and XML 1.0 cannot carry control characters
 * other than tab and line breaks, lone surrogates, U+FFFE or U+FFFF: one of them in a title, a note or a reason must
 * not make a letter unprintable or a correction unsignable, so they are left out.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
