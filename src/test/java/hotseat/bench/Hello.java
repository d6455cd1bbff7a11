package hotseat.bench;

/** A bare JVM's hello-world: the yardstick {@link StartupRatioBench} measures start-up against. */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
