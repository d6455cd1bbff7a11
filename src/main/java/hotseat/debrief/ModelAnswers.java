package hotseat.debrief;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Whether a reply already is, near enough, the model answer — then showing it as "stronger" would only confuse. */
final class ModelAnswers {
    /** Share of the model answer's words the reply must contain to count as the same answer. */
    static final double SAME = 0.8;

    private ModelAnswers() {}

    static boolean closeTo(String reply, String modelAnswer) {
        Set<String> model = words(modelAnswer);
        if (model.isEmpty()) {
            return false;
        }
        Set<String> said = words(reply);
        long shared = model.stream().filter(said::contains).count();
        return shared >= SAME * model.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : (text == null ? "" : text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
