package hotseat.xapi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (version 5, SHA-1, RFC 4122 §4.3) in Hotseat's own namespace: the same name
 * always gives the same UUID, so statements exported again carry the same ids and registrations.
 */
public final class NameUuid {
    /** Hotseat's namespace; fixed for good, since changing it would change every id ever sent. */
    static final UUID NAMESPACE = UUID.fromString("5b0e1c3a-8f4d-5e2b-9a61-2d7c4f0b8e13");

    private NameUuid() {}

    public static UUID of(String name) {
        return of(NAMESPACE, name);
    }

    static UUID of(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
