package io.minutebars.simulator.api;

/** JSON written by hand (the payloads' exact bytes matter): a string's content escaped as JSON needs it. */
public final class JsonText {
    private JsonText() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
