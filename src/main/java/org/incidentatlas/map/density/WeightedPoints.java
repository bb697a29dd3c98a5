package org.incidentatlas.map.density;

import java.util.List;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;

/**
 * The incidents of a list as projected points (Web Mercator world units, 0 to 1) with a weight each: what the
 * density views bin. Built once per list (and weight) off the FX thread; a pan or zoom only reads it.
 */
public final class WeightedPoints {

    final double[] x;
    final double[] y;
    final double[] w;
    private final double total;

    WeightedPoints(double[] x, double[] y, double[] w) {
        this.x = x;
        this.y = y;
        this.w = w;
        double t = 0;
        for (double v : w) {
            t += v;
        }
        total = t;
    }

    /** The incidents' points weighted by one each, or by the lower figure of killed (unknown: nothing). */
    public static WeightedPoints of(List<? extends Incident> incidents, DensityStyle.Weight weight) {
        Incident[] all = incidents.toArray(Incident[]::new);
        double[] x = new double[all.length];
        double[] y = new double[all.length];
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            x[i] = Mercator.x(all[i].lon());
            y[i] = Mercator.y(all[i].lat());
            w[i] = weight == DensityStyle.Weight.COUNT ? 1 : all[i].killed() == null ? 0 : all[i].killed().low();
        }
        return new WeightedPoints(x, y, w);
    }

    /** Already projected points (world units), for callers that hold them; the arrays are not copied. */
    public static WeightedPoints projected(double[] x, double[] y, double[] w) {
        if (x.length != y.length || x.length != w.length) {
            throw new IllegalArgumentException("x, y and w differ in length");
        }
        return new WeightedPoints(x, y, w);
    }

    public int size() {
        return x.length;
    }

    /** The sum of the weights: the number of incidents, or of killed. */
    public double total() {
        return total;
    }
}
