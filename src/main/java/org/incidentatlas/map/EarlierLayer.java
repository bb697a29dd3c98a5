package org.incidentatlas.map;

/**
 * A playback's earlier frames, faded, on one canvas between the density view and the markers: under the current
 * frame's markers, which stay as sharp as ever.
 */
final class EarlierLayer extends CanvasLayer {

    private EarlierPoints points = EarlierPoints.NONE;
    private int inView;

    EarlierLayer() {
        super("earlierCanvas");
        canvas.setMouseTransparent(true);
    }

    void setPoints(EarlierPoints p) {
        points = p == null ? EarlierPoints.NONE : p;
        redrawSoon();
    }

    EarlierPoints points() {
        return points;
    }

    /** How many of them the last redraw found in view. */
    int inView() {
        return inView;
    }

    @Override
    protected void paint(Viewport v) {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        inView = EarlierPainter.paint(canvas.getGraphicsContext2D(), v, points);
    }
}
