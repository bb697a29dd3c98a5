package org.incidentatlas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import org.incidentatlas.cli.Cli;
import org.incidentatlas.map.BasemapTileRetriever;
import org.incidentatlas.ui.AtlasApp;

/**
 * Starts Incident Atlas: a command when the first argument names one, otherwise the window (on the dataset
 * file named, if any). A separate class from the {@link Application} so that it also starts from a plain
 * class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // AWT draws off screen only (basemap tiles, place names, PNGs): headless, so it never connects to a display
        // of its own beside JavaFX's; set before anything asks AWT, since AWT keeps its first answer
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        if (args.length > 0 && looksLikeAMistypedCommand(args[0])) {
            System.err.println("error: \"" + args[0] + "\" is neither a command nor a dataset file."
                    + " Run with \"help\" for the commands.");
            System.exit(Cli.USAGE);
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            System.err.println("error: the window needs a display, and there is none (DISPLAY is not set)."
                    + " The commands run without one: run with \"help\" to list them.");
            System.exit(Cli.USAGE);
        }
        // The window's map needs the bundled basemap first: reading it starts now, beside the JavaFX start-up,
        // instead of when the map is built on the FX thread (issue 12; the map calls this again, harmlessly);
        // and only the tiles of the view the map chooses are drawn first, not those of its default view.
        BasemapTileRetriever.preload();
        BasemapTileRetriever.holdUntilFirstView();
        Application.launch(AtlasApp.class, args);
    }

    /** A word that is no file and has no path or extension: "frobnicate", "valdiate". */
    static boolean looksLikeAMistypedCommand(String arg) {
        return !arg.contains("/") && !arg.contains("\\") && !arg.contains(".") && !Files.exists(Path.of(arg));
    }
}
