package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.cohort.DemoRoom;
import hotseat.store.Database;
import hotseat.store.RunDatabase;

/**
 * The HTML report of a room of 40 runs of a built-in scenario: one self-contained file, and, where
 * Chromium is installed, seen in it at desktop and phone widths and as printed. The screenshots
 * are kept in target/report-screenshots/ for people to look at; the test checks what a browser
 * can tell: that the page lays out without sideways scrolling at either width.
 */
class CohortHtmlBrowserTest {
    @TempDir
    static Path dir;

    static final Path SHOTS = Path.of("target", "report-screenshots");
    static Path html;

    @BeforeAll
    static void writeTheReport() throws Exception {
        Database d = Database.sqlite(dir.resolve("hotseat.db"));
        try (RunDatabase store = RunDatabase.open(d)) {
            DemoRoom.play(store, DemoRoom.builtIn("parcel-never-came"), 40, 14, 7);
        }
        Files.createDirectories(SHOTS);
        html = SHOTS.resolve("room.html").toAbsolutePath();
        Run r = Run.of("report", "--db", d.shown(), "--format", "html", "--out", html.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void theFileStandsAlone() throws Exception {
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.matches("(?s).*(src=|url\\((?!#)|<link|@import).*"), "nothing loaded from elsewhere");
        assertFalse(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "no address but the SVG namespace");
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat\""), "the heat map inline");
        assertTrue(page.contains("@media print") && page.contains("@media (max-width:640px)"));
    }

    @Test
    void chromiumLaysItOutAtDesktopAndPhoneWidths() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        for (int width : new int[] {1280, 390}) {
            Path png = SHOTS.resolve("room-" + width + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            run(chromium, "--window-size=" + width + ",7000", "--screenshot=" + png, html.toUri().toString());
            assertTrue(Files.size(png) > 10_000, png + " was taken");
            assertEquals(width, pngWidth(png));
            // The page itself never scrolls sideways: wide tables and the map scroll inside their boxes.
            Path probe = dir.resolve("probe-" + width + ".html");
            Files.writeString(probe, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" src=\"" + html.toUri()
                    + "\" style=\"width:" + width + "px;height:800px;border:0\"></iframe><pre id=\"out\">waiting</pre><script>"
                    + "document.getElementById('f').onload=function(){var d=this.contentDocument.documentElement;"
                    + "document.getElementById('out').textContent='scrollWidth='+d.scrollWidth;};</script></body></html>");
            String dom = run(chromium, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString());
            assertTrue(dom.contains("scrollWidth=" + width), width + " px: " + dom.replaceAll("(?s).*<pre id=\"out\">", "").replaceAll("(?s)</pre>.*", ""));
        }
        Path pdf = SHOTS.resolve("room-print.pdf").toAbsolutePath();
        Files.deleteIfExists(pdf);
        run(chromium, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
        assertTrue(Files.size(pdf) > 10_000, "printed");
    }

    static String chromium() {
        for (String c : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    static String run(String chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium-profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    static int pngWidth(Path png) throws Exception {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            data.skipNBytes(16);
            return data.readInt();
        }
    }
}
