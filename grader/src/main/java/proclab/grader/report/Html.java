package proclab.grader.report;

/** Small helpers for writing HTML by hand, every text escaped. */
final class Html {
    static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            td.num{text-align:right}th{background:#f3f3f3}.pass{color:#176f2c}.fail{color:#a61b1b}.warn{color:#8a5a00}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow-x:auto;font-size:90%}
            .bar{background:#3b7dd8;height:.8em;display:inline-block}h2{margin-top:2em}
            """;

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
