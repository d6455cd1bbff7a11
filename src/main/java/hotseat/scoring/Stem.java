package hotseat.scoring;

/**
 * A light stemmer for echoing: "booked", "booking" and "books" all become "book", "transferred"
 * and "transfers" become "transfer". It only strips common endings; it never needs to be right
 * about English, only to make the customer's word and the trainee's echo of it meet.
 */
final class Stem {
    private Stem() {}

    static String of(String w) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("ing") && n > 5) {
            s = undouble(s.substring(0, n - 3));
        } else if (s.endsWith("ed") && n > 4) {
            s = undouble(s.substring(0, n - 2));
        } else if (s.endsWith("ly") && n > 5) {
            s = s.substring(0, n - 2);
        } else if (s.endsWith("es") && n > 4 && (s.endsWith("ches") || s.endsWith("shes") || s.endsWith("xes") || s.endsWith("sses"))) {
            s = s.substring(0, n - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1); // "charge" and "charged" meet at "charg"
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        char last = n >= 3 ? s.charAt(n - 1) : 'a';
        boolean doubled = n >= 3 && last == s.charAt(n - 2) && "aeiousz".indexOf(last) < 0;
        if (doubled && (last != 'l' || n > 4)) { // "cancelled" -> "cancel", but "called" -> "call"
            return s.substring(0, n - 1);
        }
        return s;
    }
}
