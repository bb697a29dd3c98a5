package org.incidentatlas;

import javafx.application.Application;
import org.incidentatlas.cli.Cli;
import org.incidentatlas.ui.AtlasApp;

/**
 * Starts Incident Atlas: a command when the first argument names one, otherwise the window. A separate class
 * from the {@link Application} so that it also starts from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        Application.launch(AtlasApp.class, args);
    }
}
