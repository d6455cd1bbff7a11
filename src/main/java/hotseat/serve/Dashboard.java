package hotseat.serve;

/** The facilitator's view on the terminal serve runs in. */
final class Dashboard {
    private Dashboard() {}

    static void run(Room room, WorkshopServer server, Serve.Lobby lobby) throws java.io.IOException {
        throw new java.io.IOException("the facilitator's view is not ready");
    }
}
