package hotseat.scenario;

/**
 * What the customer says at a node, optionally varied by mood band. Written in YAML either as
 * one string (the same in every band) or as a map with {@code calm}, {@code irritated} and
 * {@code furious}; a band left out uses the nearest band written, the angrier one on a tie.
 */
@TextOrMap
public record CustomerLine(String calm, String irritated, String furious) {

    /** The one-string form. */
    public static CustomerLine parse(String text) {
        return new CustomerLine(text, text, text);
    }

    public String forMood(int mood) {
        return forBand(MoodBand.of(mood));
    }

    public String forBand(MoodBand band) {
        return switch (band) {
            case CALM -> first(calm, irritated, furious);
            case IRRITATED -> first(irritated, furious, calm);
            case FURIOUS -> first(furious, irritated, calm);
        };
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
