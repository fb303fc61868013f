/// chibo's version, written in one place: the repository's `VERSION` file,
/// compiled in by `Plugins/EmbedTheme` (as `written`).
public enum ChiboVersion {
    public static var number: String { written }
}
