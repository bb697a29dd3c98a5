package org.incidentatlas.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a failure never leaves half a file over an old one: the content goes to a temporary
 * file beside the target, which is moved into place only when complete. Only a regular file is ever replaced:
 * a character device or FIFO is written directly, a symbolic link is written through to the file it names, and
 * anything else is refused (see {@link WriteTarget}). Temporary files have recognisable names, and those left by
 * a killed writer are removed by the next write into the same folder (see {@link TempFiles}).
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} with what {@code body} writes.
     *
     * @throws FileSystemException with a reason in words when the target is a folder, a block device,
     *                                           a socket or a link to nothing, or turned into one during the write
     */
    public static void write(Path target, Body body) throws IOException {
        WriteTarget where = WriteTarget.of(target);
        if (where.direct()) {
            // a device or FIFO: there is no old content to keep, and a rename would replace the device itself
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(where.path(), StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
                body.writeTo(out);
            }
            return;
        }
        Path abs = where.path();
        Path dir = abs.getParent();
        TempFiles.cleanStale(dir);
        Path tmp = TempFiles.create(dir, abs.getFileName().toString());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE), 1 << 16)) {
                body.writeTo(out);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is private (0600); keep the target's permissions, or the usual 0644
                Files.setPosixFilePermissions(tmp, Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)
                        ? Files.getPosixFilePermissions(abs, LinkOption.NOFOLLOW_LINKS) : READABLE);
            }
            // looked at again just before the rename: something put in the target's place meanwhile is not replaced
            if (!WriteTarget.stillReplaceable(abs)) {
                throw WriteTarget.refuse(target, "it was replaced by something that is not a regular file while writing");
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
