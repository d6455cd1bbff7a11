package hotseat.tui;

/** One wrapped line of a pane: an optional label (a speaker, an option number) and its text. */
record Line(String label, Look labelLook, String text, Look look) {
    static final Line BLANK = new Line("", Look.PLAIN, "", Look.PLAIN);

    static Line of(String text, Look look) {
        return new Line("", Look.PLAIN, text, look);
    }

    void draw(Canvas canvas, int column, int row, int width) {
        int used = canvas.text(column, row, label, labelLook, width);
        canvas.text(column + used, row, text, look, width - used);
    }
}
