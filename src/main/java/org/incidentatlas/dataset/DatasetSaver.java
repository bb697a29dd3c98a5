package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes {@code d} to {@code target}; an existing {@code target} is first kept as its backup. */
    public void save(Dataset d, UnknownFields unknown, Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target.getFileName() + " is a symbolic link; save to the file it points to");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target.getFileName() + " is not a regular file");
            }
            if (!linkedAsBackup(target)) {
                AtomicFiles.write(backupOf(target), out -> Files.copy(target, out));
            }
        }
        writer.write(d, unknown, target);
    }

    /**
     * Makes the file now at {@code target} its backup without copying it (a 100,000-incident file is 93 MB): a
     * second name for the same bytes is moved over {@code NAME.bak}, and the save then renames the new content
     * over {@code target}, which leaves the backup the old bytes' only name. Until that rename both names show
     * the old file, so a failed save still has it twice. False, and nothing changed, where it cannot be done
     * (no hard links on the file system, as on a FAT stick, or a backup that is a link or device, which the copy
     * writes through as it always did): the caller copies.
     */
    static boolean linkedAsBackup(Path target) {
        Path bak = backupOf(target);
        if (Files.exists(bak, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(bak, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path tmp;
        try {
            tmp = TempFiles.link(target.toAbsolutePath().getParent(), bak.getFileName().toString(), target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        try {
            try {
                Files.move(tmp, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, bak, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            try {
                // gone after the move; left only when the move failed, or when the backup already was this file
                // (a rename between two names of one file does nothing)
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a stale temporary name: the next write into the folder removes it
            }
        }
    }
}
