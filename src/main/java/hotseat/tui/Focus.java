package hotseat.tui;

/** Where keys go while playing: to the commands (1–9, h, u, q…) or into the reply box. */
enum Focus {
    OPTIONS, TEXT
}
