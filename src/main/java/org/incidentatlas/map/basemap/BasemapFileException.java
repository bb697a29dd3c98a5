package org.incidentatlas.map.basemap;

/**
 * A basemap or overlay file the map cannot use. The message is for the analyst: which file, where in it, what is
 * wrong and what to do. Nothing on the map has changed when it is thrown.
 */
public final class BasemapFileException extends RuntimeException {

    public BasemapFileException(String message) {
        super(message);
    }

    public BasemapFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
