import ArgumentParser

@main
struct Chibo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chibo",
        abstract: "Build and check the static site of Party-cell guidance, directives and monthly meeting packs.",
        discussion: """
            chibo reads Markdown guidance, directives and monthly topic packs from a content folder \
            and writes a site that works opened from disk, with no Internet.

            Examples:
              chibo build                      build content/ into _site/
              chibo build --public             leave out internal (lưu hành nội bộ) material
              chibo check                      report every broken link and front-matter problem
            """,
        subcommands: [BuildCommand.self, CheckCommand.self]
    )
}
