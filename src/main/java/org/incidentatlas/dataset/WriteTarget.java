package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a write really goes, decided before a byte is written. A regular file (or a name not yet taken) is
 * replaced atomically; a character device ({@code /dev/null}, {@code /dev/stdout}) or a FIFO is written
 * directly, because renaming a file over it would replace the device itself; a symbolic link is followed to the
 * file it names, which is then treated the same way (the link stays a link). A folder, a block device, a socket
 * and a link that leads nowhere are refused: none can take an export without something being lost.
 *
 * @param path   the file to write: absolute, with every symbolic link resolved when the name was a link
 * @param direct true when {@code path} is a device or FIFO, written in place rather than replaced
 */
record WriteTarget(Path path, boolean direct) {

    // the file type bits of st_mode (see stat(2))
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    static WriteTarget of(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            Path dir = abs.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
            }
            return new WriteTarget(abs, false);
        }
        if (a.isSymbolicLink()) {
            Path real;
            try {
                real = abs.toRealPath();
            } catch (NoSuchFileException e) {
                throw refuse(target, "it is a symbolic link to " + Files.readSymbolicLink(abs)
                        + ", which does not exist; write to the file itself");
            }
            // toRealPath resolved every link, so this cannot loop
            return of(real);
        }
        if (a.isRegularFile()) {
            return new WriteTarget(abs, false);
        }
        if (a.isDirectory()) {
            throw refuse(target, "it is a folder");
        }
        return switch (fileType(abs)) {
            case S_IFCHR, S_IFIFO -> new WriteTarget(abs, true);
            case S_IFBLK -> throw refuse(target, "it is a block device (a disk); writing to it would overwrite what it holds");
            case S_IFSOCK -> throw refuse(target, "it is a socket, not a file");
            default -> throw refuse(target, "it is a special file, not a regular file");
        };
    }

    /** True while {@code path} is a regular file or absent, looked at without following a link. */
    static boolean stillReplaceable(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (NoSuchFileException e) {
            return true;
        }
    }

    /** The S_IFMT bits of a special file, or 0 when this platform does not tell them. */
    private static int fileType(Path p) throws IOException {
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer m ? m & S_IFMT : 0;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    static FileSystemException refuse(Path target, String why) {
        return new FileSystemException(target.toString(), null, why);
    }
}
