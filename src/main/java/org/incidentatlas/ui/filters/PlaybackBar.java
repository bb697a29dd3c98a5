package org.incidentatlas.ui.filters;

import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.incidentatlas.app.PlaybackControl;
import org.incidentatlas.app.PlaybackExport;
import org.incidentatlas.trend.PlaybackPlan;

/**
 * The play control under the date histogram: play or pause, one frame back or on, stop (the dates come back),
 * the step, what a frame spans and the speed. Each calls a {@link PlaybackControl} command; the clock here only
 * says when the next frame is due.
 */
final class PlaybackBar extends VBox {

    private static final List<String> SPANS = List.of("step alone", "last 30 days", "last 90 days", "cumulative");
    private static final List<String> SPEEDS = List.of("0.5 s a frame", "1 s a frame", "2 s a frame");

    private final Timeline clock = new Timeline();

    PlaybackBar(PlaybackControl playback) {
        super(3);
        setId("playbackBar");
        // geometric shapes and words only: the media symbols (U+23EE...) are missing from common fonts
        Button play = button("\u25b6 Play", "playbackPlay", "Play (the filter's From and To move)");
        Button back = button("\u25c0", "playbackBack", "One frame back");
        Button on = button("\u25b6", "playbackNext", "One frame on");
        Button stop = button("\u25a0", "playbackStop", "Stop: the dates come back as they were");
        ChoiceBox<PlaybackPlan.Step> step = new ChoiceBox<>();
        step.setId("playbackStep");
        step.getItems().setAll(PlaybackPlan.Step.values());
        step.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlaybackPlan.Step s) {
                return s == null ? "" : "by " + s.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public PlaybackPlan.Step fromString(String text) {
                return null;
            }
        });
        step.setValue(PlaybackPlan.Step.MONTH);
        ChoiceBox<String> span = new ChoiceBox<>();
        span.setId("playbackSpan");
        span.getItems().setAll(SPANS);
        span.setValue("cumulative");
        ChoiceBox<String> speed = new ChoiceBox<>();
        speed.setId("playbackSpeed");
        speed.getItems().setAll(SPEEDS);
        speed.setValue("1 s a frame");
        CheckBox faded = new CheckBox("earlier frames faded");
        faded.setId("playbackFaded");
        faded.setTooltip(new Tooltip("Keep the incidents of the frames before visible, faded (with the step alone or"
                + " a window; a cumulative frame holds them already)"));
        faded.setSelected(playback.fadedProperty().get());
        faded.setOnAction(e -> playback.setFaded(faded.isSelected()));
        Button export = button("Export…", "playbackExport", "Export the playback as an animated GIF and/or PNG frames");
        PlaybackExport exporter = playback.exporter();
        // the choices shown are taken when a playback or an export starts from them
        Runnable takeChoices = () -> {
            playback.setStep(step.getValue());
            applySpan(playback, span.getValue());
        };
        export.setOnAction(e -> {
            if (exporter.runningProperty().get()) {
                exporter.cancel();
            } else {
                takeChoices.run();
                playback.export();
            }
        });
        exporter.runningProperty().addListener((o, was, now) -> export.setText(now ? "Cancel export" : "Export…"));
        Label frame = new Label();
        frame.setId("playbackFrame");
        frame.setWrapText(true);
        frame.textProperty().bind(playback.frameLabelProperty());
        frame.setStyle("-fx-font-size: 0.9em;");

        step.setOnAction(e -> playback.setStep(step.getValue()));
        span.setOnAction(e -> applySpan(playback, span.getValue()));
        speed.setOnAction(e -> retime(speed.getValue(), playback));
        play.setOnAction(e -> {
            if (playback.playingProperty().get()) {
                playback.pause();
            } else {
                takeChoices.run();
                playback.play();
            }
        });
        back.setOnAction(e -> {
            playback.pause();
            playback.previous();
        });
        on.setOnAction(e -> {
            playback.pause();
            playback.next();
        });
        stop.setOnAction(e -> playback.stop());
        playback.playingProperty().addListener((o, was, now) -> {
            play.setText(now ? "Pause" : "\u25b6 Play");
            if (now) {
                clock.play();
            } else {
                clock.stop();
            }
        });
        stop.disableProperty().bind(playback.activeProperty().not());
        back.disableProperty().bind(playback.activeProperty().not());
        step.disableProperty().bind(playback.activeProperty());
        span.disableProperty().bind(playback.activeProperty());
        retime(speed.getValue(), playback);
        FlowPane buttons = new FlowPane(3, 3, play, back, on, stop, export);
        FlowPane choices = new FlowPane(3, 3, step, span, speed, faded);
        getChildren().addAll(buttons, choices, frame);
    }

    private void retime(String speed, PlaybackControl playback) {
        double seconds = speed.startsWith("0.5") ? 0.5 : speed.startsWith("2") ? 2 : 1;
        playback.setDelay((int) Math.round(seconds * 1000));
        boolean running = clock.getStatus() == Animation.Status.RUNNING;
        clock.stop();
        clock.getKeyFrames().setAll(new KeyFrame(Duration.seconds(seconds), e -> playback.next()));
        clock.setCycleCount(Animation.INDEFINITE);
        if (running) {
            clock.play();
        }
    }

    private static void applySpan(PlaybackControl playback, String span) {
        switch (span) {
            case "step alone" -> playback.setSpan(PlaybackPlan.Span.STEP, 0);
            case "last 30 days" -> playback.setSpan(PlaybackPlan.Span.WINDOW, 30);
            case "last 90 days" -> playback.setSpan(PlaybackPlan.Span.WINDOW, 90);
            default -> playback.setSpan(PlaybackPlan.Span.CUMULATIVE, 0);
        }
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
