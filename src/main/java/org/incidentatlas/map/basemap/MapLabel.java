package org.incidentatlas.map.basemap;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * A label placed for one zoom, in world pixels of that zoom, so that every tile it touches draws it at the same
 * place and a label cut by a tile edge joins up exactly.
 *
 * @param outline the text as a shape with its origin at (0, 0)
 * @param x       where the outline's origin goes, in world pixels
 * @param bounds  what the label covers (text and dot) plus room for the halo, in world pixels
 * @param textBox the text alone, as placed (names never overlap each other's text or dots)
 * @param dotR    radius of the place dot at ({@code dotX}, {@code dotY}), 0 for none
 */
record MapLabel(String text, Shape outline, double x, double y, Rectangle2D bounds, Rectangle2D textBox, Color fill, Color halo,
                double dotX, double dotY, double dotR) {
}
