package hotseat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Vocabulary;

/**
 * The scorer against replies labelled by hand (calm, ack, res on 0–2) in situations the rubric
 * was not written for: telecom, banking, restaurant, airline, clinic, utility, retail, pharmacy,
 * insurance, payments. Agreement is pairwise: over every pair of replies whose labels differ, the
 * share the scorer orders the same way (a tie counts one half). 0.5 is chance.
 */
class LabelledAgreementTest {
    /** Below this on any dimension, a change to the rubric has made the scorer worse at its job. */
    private static final double BAR = 0.90;

    record Labelled(String customer, String reply, int[] labels) {}

    static List<Labelled> read() throws IOException {
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = LabelledAgreementTest.class.getResourceAsStream("/hotseat/scoring/labelled-replies.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertEquals("ctx\tcustomer\treply\tcalm\tack\tres", header);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(6, f.length, line);
                rows.add(new Labelled(f[1], f[2], new int[] {
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])}));
            }
        }
        return rows;
    }

    static double pairwise(int[] predicted, int[] gold) {
        double agree = 0, total = 0;
        for (int i = 0; i < gold.length; i++) {
            for (int j = i + 1; j < gold.length; j++) {
                if (gold[i] == gold[j]) {
                    continue;
                }
                total++;
                long d = (long) (predicted[i] - predicted[j]) * (gold[i] - gold[j]);
                agree += d > 0 ? 1 : d == 0 ? 0.5 : 0;
            }
        }
        return agree / total;
    }

    @Test
    void pairwiseAgreementWithHandLabels() throws IOException {
        List<Labelled> rows = read();
        assertTrue(rows.size() >= 200, "the labelled set has " + rows.size() + " replies");
        RubricScorer scorer = RubricScorer.builtIn();
        int n = rows.size();
        int[][] predicted = new int[3][n], gold = new int[3][n];
        for (int i = 0; i < n; i++) {
            Labelled row = rows.get(i);
            ReplyScore s = scorer.score(row.reply(), new ScoringContext(row.customer(), Vocabulary.NONE));
            for (Dimension d : Dimension.values()) {
                predicted[d.ordinal()][i] = s.get(d);
                gold[d.ordinal()][i] = row.labels()[d.ordinal()];
            }
        }
        StringBuilder report = new StringBuilder();
        double worst = 1;
        for (Dimension d : Dimension.values()) {
            double p = pairwise(predicted[d.ordinal()], gold[d.ordinal()]);
            worst = Math.min(worst, p);
            report.append(String.format(java.util.Locale.ROOT, "%s %.3f  ", d.word(), p));
        }
        System.out.println("labelled-replies pairwise agreement: " + report.toString().strip());
        assertTrue(worst >= BAR, "pairwise agreement fell below " + BAR + ": " + report);
    }

    @Test
    void pairwiseCountsTiesAsHalf() {
        assertEquals(1.0, pairwise(new int[] {10, 20, 30}, new int[] {0, 1, 2}));
        assertEquals(0.0, pairwise(new int[] {30, 20, 10}, new int[] {0, 1, 2}));
        assertEquals(0.5, pairwise(new int[] {5, 5}, new int[] {0, 2}));
    }
}
