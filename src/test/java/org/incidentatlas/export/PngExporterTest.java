package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {

    @TempDir
    Path temp;

    @Test
    void writesThePixelsAndThePrintDensity() throws IOException {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xCC3311);
        Path png = temp.resolve("page.png");
        PngExporter.write(image, 300, png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(30, back.getWidth());
        assertEquals(20, back.getHeight());
        assertEquals(0xCC3311, back.getRGB(3, 4) & 0xFFFFFF);
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(300, PngExporter.dpi(reader.getImageMetadata(0)));
            reader.dispose();
        }
    }

    @Test
    void aMissingFolderIsAnErrorAndNothingIsWritten() throws IOException {
        Path png = temp.resolve("no/such/folder/page.png");
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        assertThrows(IOException.class, () -> PngExporter.write(image, 96, png));
        try (var files = Files.list(temp)) {
            assertEquals(0, files.count());
        }
    }
}
