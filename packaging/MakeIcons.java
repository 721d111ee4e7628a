import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the Eventscope icon (a timeline: an axis with three event markers on a dark-teal rounded square) and writes
 * eventscope.png (256 px, Linux), eventscope-512.png, eventscope.ico (Windows) and eventscope.icns (macOS).
 * Run: java packaging/MakeIcons.java packaging   (JDK 11 or newer, no other tool needed)
 */
public class MakeIcons {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "packaging");
        Files.createDirectories(dir);
        Map<Integer, BufferedImage> images = new LinkedHashMap<>();
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            images.put(size, draw(size));
            png.put(size, toPng(images.get(size)));
        }
        Files.write(dir.resolve("eventscope.png"), png.get(256));
        Files.write(dir.resolve("eventscope-512.png"), png.get(512));
        Files.write(dir.resolve("eventscope.ico"), ico(images, png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(dir.resolve("eventscope.icns"), icns(png));
        System.out.println("icons written to " + dir.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);   // drawn on a 256-unit canvas

        // Rounded square, dark teal with a gentle vertical gradient.
        RoundRectangle2D bg = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x17, 0x6E, 0x74), 0, 248, new Color(0x0B, 0x3F, 0x47)));
        g.fill(bg);
        g.setStroke(new BasicStroke(3f));
        g.setColor(new Color(255, 255, 255, 40));
        g.draw(new RoundRectangle2D.Double(9.5, 9.5, 237, 237, 54, 54));

        // The axis, with ticks.
        Color axis = new Color(0xE8, 0xF4, 0xF2);
        double y = 168;
        g.setColor(axis);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(40, y, 216, y));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double x = 62; x <= 200; x += 44) g.draw(new Line2D.Double(x, y + 10, x, y + 22));

        // Three events of different sizes, each on a stem from the axis.
        marker(g, 76, y, 24, 118, new Color(0xF2, 0xB1, 0x34));   // amber, small
        marker(g, 130, y, 40, 88, new Color(0xEE, 0x6C, 0x4D));   // coral, large
        marker(g, 184, y, 30, 104, new Color(0x7F, 0xD1, 0xE8));  // sky, medium
        g.dispose();
        return img;
    }

    static void marker(Graphics2D g, double x, double axisY, double d, double cy, Color c) {
        g.setColor(new Color(0xE8, 0xF4, 0xF2, 170));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, cy + d / 2, x, axisY));
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(new Ellipse2D.Double(x - d / 2 + 2, cy - d / 2 + 4, d, d));
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x - d / 2, cy - d / 2, d, d));
        g.setColor(new Color(0xE8, 0xF4, 0xF2));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(x - d / 2, cy - d / 2, d, d));
    }

    static byte[] toPng(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /**
     * A Windows .ico: 256 px as PNG (Vista and later), the smaller sizes as classic 32-bit bitmaps that every
     * Windows tool reads.
     */
    static byte[] ico(Map<Integer, BufferedImage> images, Map<Integer, byte[]> png, int... sizes) {
        byte[][] data = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) data[i] = sizes[i] >= 256 ? png.get(sizes[i]) : dib(images.get(sizes[i]));
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (byte[] d : data) total += d.length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i];
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data[i].length).putInt(offset);
            offset += data[i].length;
        }
        for (byte[] d : data) b.put(d);
        return b.array();
    }

    /** BITMAPINFOHEADER, bottom-up BGRA pixels, then an all-zero AND mask (rows padded to 4 bytes). */
    static byte[] dib(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int maskRow = ((w + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(w).putInt(h * 2).putShort((short) 1).putShort((short) 32).putInt(0)
                .putInt(w * h * 4).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) b.putInt(img.getRGB(x, y));   // ARGB int, little-endian = B G R A
        }
        return b.array();   // the mask stays zero: alpha decides
    }

    /** A macOS .icns with PNG entries (ic07 128, ic08 256, ic09 512, ic10 1024). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
