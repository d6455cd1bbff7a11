package hotseat.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.store.Database;
import hotseat.store.RunDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomTest {
    @TempDir
    Path dir;
    RunDatabase store;
    String workshop;

    @BeforeEach
    void open() throws Exception {
        store = RunDatabase.open(Database.sqlite(dir.resolve("runs.db")));
        workshop = store.openWorkshop("room", LocalDate.of(2026, 3, 1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Room room(int max, boolean hold) {
        return new Room(workshop, null, max, hold, store, Clock.systemUTC());
    }

    @Test
    void aKeyIsRememberedAsTheTraineeSoItBringsThemBackToTheirSeatUnderAnyUserName() throws Exception {
        Room room = room(10, false);
        Room.Admission first = room.admit("alice", "SHA256:a");
        assertEquals("alice", first.seat().name());
        first.seat().left();
        Room.Admission again = room.admit("whoever", "SHA256:a");
        assertSame(first.seat(), again.seat());
        // Also after a restart: a new room over the same database.
        assertEquals("alice", room(10, false).admit("x", "SHA256:a").seat().name());
    }

    @Test
    void aClashingNameGetsASuffixAndAKeylessTraineeNeverTakesAKeyedName() throws Exception {
        Room room = room(10, false);
        assertEquals("alice", room.admit("alice", "SHA256:a").seat().name());
        assertEquals("alice-2", room.admit("alice", "SHA256:b").seat().name());
        assertEquals("alice-3", room.admit("alice", null).seat().name());
        Room.Admission keyless = room.admit("sam", null);
        assertEquals("sam-2", room.admit("sam", null).seat().name(), "sam is connected");
        keyless.seat().left();
        assertEquals("sam", room.admit("sam", null).seat().name(), "sam's seat is free again");
    }

    @Test
    void theSameKeyTwiceAtOnceIsTurnedAwayWithAReason() throws Exception {
        Room room = room(10, false);
        room.admit("alice", "SHA256:a");
        Room.Admission twice = room.admit("alice", "SHA256:a");
        assertNull(twice.seat());
        assertTrue(twice.refusal().contains("already connected as alice"), twice.refusal());
    }

    @Test
    void aFullRoomAndALockedRoomSayWhyAndTraineesAlreadyInMayComeBack() throws Exception {
        Room room = room(2, false);
        Room.Admission a = room.admit("a", "SHA256:a");
        room.admit("b", "SHA256:b");
        Room.Admission full = room.admit("c", "SHA256:c");
        assertTrue(full.refusal().startsWith("The room is full: 2 of 2"), full.refusal());
        a.seat().left();
        room.lock(true);
        Room.Admission late = room.admit("d", "SHA256:d");
        assertTrue(late.refusal().startsWith("The room is locked"), late.refusal());
        assertNotNull(room.admit("a", "SHA256:a").seat(), "a trainee already in the room can reconnect to a locked room");
    }

    @Test
    void theHoldSaysWaitingUntilStartedAndAPauseShowsTheFacilitatorsMessage() {
        Room room = room(5, true);
        assertEquals(Room.WAITING, room.hold());
        room.start();
        assertNull(room.hold());
        room.pause("Back in five minutes");
        assertEquals("Paused by the facilitator: Back in five minutes", room.hold());
        room.pause(null);
        assertNull(room.hold());
    }
}
