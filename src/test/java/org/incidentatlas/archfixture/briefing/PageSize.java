package org.incidentatlas.archfixture.briefing;

/** The briefing's core reaching for a scene colour: the core builds no scene. */
public final class PageSize {

    public Object background() {
        return javafx.scene.paint.Color.WHITE;
    }
}
