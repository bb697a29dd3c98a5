package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's GIF writer (no library): each frame shown
 * {@code delayMs}, the whole looping for ever (the NETSCAPE2.0 application extension browsers and slide tools
 * read). Frames are reduced to the GIF's 256 colours by the writer's own palette builder; a briefing's flat
 * colours come through well, a heatmap's smooth ramp shows some banding.
 */
public final class AnimatedGif implements Closeable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCs;

    /** Starts a GIF on {@code out}; {@link #close} ends it (and not {@code out}). */
    public AnimatedGif(OutputStream out, int delayMs) throws IOException {
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
        delayCs = Math.max(2, Math.round(delayMs / 10f));
    }

    public void add(BufferedImage frame) throws IOException {
        BufferedImage rgb = frame;
        if (frame.getType() != BufferedImage.TYPE_INT_RGB && frame.getType() != BufferedImage.TYPE_BYTE_INDEXED) {
            rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(frame, 0, 0, null);
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode apps = child(root, "ApplicationExtensions");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: for ever
        apps.appendChild(loop);
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(rgb, null, meta), param);
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
