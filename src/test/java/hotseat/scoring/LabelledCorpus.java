package hotseat.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hotseat.scenario.Vocabulary;

/**
 * Replies labelled by hand (calm, ack, res on 0–2, by ../shared/scoring/LABELLING.md), grouped by
 * the complaint they answer ({@code ctx}), and the measure the project judges a scorer by:
 * pairwise agreement — over every pair of replies whose labels differ, the share the scorer
 * orders the same way (a tie counts one half). 0.5 is chance.
 *
 * <p>The corpus in {@code corpus/} is split by complaint: {@code fit-*.tsv} is what rules and
 * weights may be tuned against; {@code untouched-*.tsv} answers other complaints and is only ever
 * measured. A complaint's id ({@code ctx}) names it across files: {@code fit-c.tsv} adds replies
 * to complaints of {@code fit-a} and {@code fit-b} (genuine "of course" and "shall I" offers, which
 * the first two files had too few of beside their sarcastic uses).
 */
record LabelledCorpus(List<Row> rows) {

    record Row(String complaint, String customer, String reply, int[] labels) {
        int label(Dimension d) {
            return labels[d.ordinal()];
        }
    }

    static final String HEADER = "ctx\tcustomer\treply\tcalm\tack\tres";
    static final List<String> FIT = List.of("/hotseat/scoring/labelled-replies.tsv",
            "/hotseat/scoring/corpus/fit-a.tsv", "/hotseat/scoring/corpus/fit-b.tsv", "/hotseat/scoring/corpus/fit-c.tsv");
    static final List<String> UNTOUCHED = List.of(
            "/hotseat/scoring/corpus/untouched-a.tsv", "/hotseat/scoring/corpus/untouched-b.tsv");

    static LabelledCorpus fit() throws IOException {
        return read(FIT);
    }

    static LabelledCorpus untouched() throws IOException {
        return read(UNTOUCHED);
    }

    static LabelledCorpus read(List<String> resources) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + ": missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String header = r.readLine();
                if (!HEADER.equals(header)) {
                    throw new IOException(resource + ":1: expected the header " + HEADER.replace("\t", "<TAB>"));
                }
                String line;
                int number = 1;
                while ((line = r.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 6) {
                        throw new IOException(resource + ":" + number + ": expected 6 cells, found " + f.length);
                    }
                    rows.add(new Row(f[0], f[1], f[2],
                            new int[] {Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])}));
                }
            }
        }
        return new LabelledCorpus(List.copyOf(rows));
    }

    int size() {
        return rows.size();
    }

    /** The labels of one dimension, in row order. */
    int[] labels(Dimension d) {
        return rows.stream().mapToInt(r -> r.label(d)).toArray();
    }

    /** Every row scored; [dimension][row]. */
    double[][] scores(ReplyScorer scorer) {
        double[][] s = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ReplyScore score = scorer.score(row.reply(), new ScoringContext(row.customer(), Vocabulary.NONE));
            for (Dimension d : Dimension.values()) {
                s[d.ordinal()][i] = score.get(d);
            }
        }
        return s;
    }

    /** Pairwise agreement of each dimension. */
    double[] agreement(ReplyScorer scorer) {
        double[][] s = scores(scorer);
        double[] a = new double[3];
        for (Dimension d : Dimension.values()) {
            a[d.ordinal()] = pairwise(s[d.ordinal()], labels(d));
        }
        return a;
    }

    static String describe(double[] agreement) {
        return String.format(Locale.ROOT, "calmness %.3f  acknowledgment %.3f  resolution %.3f",
                agreement[0], agreement[1], agreement[2]);
    }

    static double pairwise(double[] predicted, int[] gold) {
        double agree = 0, total = 0;
        for (int i = 0; i < gold.length; i++) {
            for (int j = i + 1; j < gold.length; j++) {
                if (gold[i] == gold[j]) {
                    continue;
                }
                total++;
                double d = (predicted[i] - predicted[j]) * (gold[i] - gold[j]);
                agree += d > 0 ? 1 : d == 0 ? 0.5 : 0;
            }
        }
        return agree / total;
    }
}
