package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.incidentatlas.model.Dataset;

/**
 * Saves an edited dataset over its file, safely: the new content goes to a temporary file in the same folder and
 * is moved into place only when complete (a failed or killed write leaves the old file as it was), the file
 * that was there is kept beside it as {@code NAME.bak}, and the fields the app does not know are written back
 * as they were read.
 */
public final class DatasetSaver {

    private final DatasetWriter writer = new DatasetWriter();

    /** The backup kept of {@code file}'s previous version. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Writes {@code d} to {@code target}; an existing {@code target} is first copied to its backup. */
    public void save(Dataset d, UnknownFields unknown, Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target.getFileName() + " is a symbolic link; save to the file it points to");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target.getFileName() + " is not a regular file");
            }
            AtomicFiles.write(backupOf(target), out -> Files.copy(target, out));
        }
        writer.write(d, unknown, target);
    }
}
