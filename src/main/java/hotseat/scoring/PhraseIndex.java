package hotseat.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiled phrases indexed by how they start, so finding them in a reply costs one hash lookup
 * per word plus the few phrases that start with that word.
 */
final class PhraseIndex {
    /** A phrase and the rule it belongs to. */
    record Candidate(int rule, Phrase phrase) {}

    /** Phrases that start with one word: those to try whatever follows, and those keyed by the next word. */
    record FirstWord(Candidate[] any, Map<String, Candidate[]> bySecond) {}

    static final PhraseIndex EMPTY = new PhraseIndex(List.of());

    /** Phrases by their first word, then (where the second element is a word too) by their second. */
    final Map<String, FirstWord> byFirstWord = new HashMap<>();
    /** Phrases that start with a prefix of three letters or more ("frustrat*"), by those three letters. */
    final Map<String, Candidate[]> byPrefix = new HashMap<>();
    /**
     * Phrases whose first element is anything else ("*", "#", a short prefix, punctuation), grouped
     * by that element, so each token is tested against it once rather than once per phrase.
     */
    final Group[] everywhere;

    /** Phrases that start with the same element. */
    record Group(Phrase.Element first, Candidate[] candidates) {
        /** Whether the first element takes token {@code i}, as {@link Phrase#matchAt} would test it. */
        boolean startsAt(Tokens t, int i) {
            return switch (first.type()) {
                case Phrase.PAUSE -> t.kind[i] == Tokens.PAUSE;
                case Phrase.QUESTION -> t.kind[i] == Tokens.QUESTION;
                case Phrase.EXCLAMATION -> t.kind[i] == Tokens.EXCLAMATION;
                case Phrase.PERIOD -> t.kind[i] == Tokens.PERIOD;
                case Phrase.GAP -> true;
                default -> t.kind[i] == Tokens.WORD && first.accepts(t.word[i]);
            };
        }
    }

    PhraseIndex(List<Candidate> candidates) {
        Map<String, List<Candidate>> firstOnly = new HashMap<>();
        Map<String, Map<String, List<Candidate>>> firstAndSecond = new HashMap<>();
        Map<String, List<Candidate>> prefixes = new HashMap<>();
        Map<String, List<Candidate>> anywhere = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Phrase.Element first = c.phrase().elements[0];
            Phrase.Element second = c.phrase().elements.length > 1 ? c.phrase().elements[1] : null;
            if (first.type() == Phrase.LITERAL) {
                for (String w : first.words()) {
                    if (second != null && second.type() == Phrase.LITERAL) {
                        Map<String, List<Candidate>> next = firstAndSecond.computeIfAbsent(w, k -> new HashMap<>());
                        for (String w2 : second.words()) {
                            next.computeIfAbsent(w2, k -> new ArrayList<>()).add(c);
                        }
                    } else {
                        firstOnly.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
                    }
                }
            } else if (first.type() == Phrase.PREFIX && first.affix().length() >= 3) {
                prefixes.computeIfAbsent(first.affix().substring(0, 3), k -> new ArrayList<>()).add(c);
            } else {
                String key = first.type() + " " + first.affix() + " "
                        + (first.words() == null ? "" : String.join("|", first.words()));
                anywhere.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        Set<String> firstWords = new HashSet<>(firstOnly.keySet());
        firstWords.addAll(firstAndSecond.keySet());
        for (String w : firstWords) {
            Candidate[] any = firstOnly.getOrDefault(w, List.of()).toArray(Candidate[]::new);
            Map<String, Candidate[]> bySecond = new HashMap<>();
            firstAndSecond.getOrDefault(w, Map.of()).forEach((k, v) -> bySecond.put(k, v.toArray(Candidate[]::new)));
            byFirstWord.put(w, new FirstWord(any, bySecond));
        }
        prefixes.forEach((k, v) -> byPrefix.put(k, v.toArray(Candidate[]::new)));
        this.everywhere = anywhere.values().stream()
                .map(group -> new Group(group.get(0).phrase().elements[0], group.toArray(Candidate[]::new)))
                .toArray(Group[]::new);
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty() && byPrefix.isEmpty() && everywhere.length == 0;
    }
}
