import Foundation

/// The navigation bar and breadcrumbs of every page, as relative links so
/// that the site works opened from disk.
struct SiteNavigation {
    let site: Site
    let words: PageWords

    static let sections: [(word: SiteWords, path: String, prefix: String)] = [
        (.home, "index.html", ""),
        (.guidance, "guidance/index.html", "guidance"),
        (.directives, "directives/index.html", "directives"),
        (.organisations, "orgs/index.html", "orgs"),
        (.packs, "packs/index.html", "packs"),
        (.search, "search.html", "search.html"),
    ]

    func items(for outputPath: String) -> [NavigationItem] {
        let first = outputPath.utf8.split(separator: UInt8(ascii: "/")).first.map { String(Substring($0)) } ?? ""
        return Self.sections.map { section in
            let current = section.prefix.isEmpty ? outputPath == "index.html" : first == section.prefix
            return NavigationItem(label: words[section.word], url: SitePath.relativeURL(from: outputPath, to: section.path),
                                  isCurrent: current)
        }
    }

    /// Home › section › folders … › this page. `folder` is the content folder
    /// the page lives in; `title` the page's own label, nil for folder indexes.
    func breadcrumbs(for outputPath: String, folder: String, title: String?) -> [Breadcrumb] {
        guard outputPath != "index.html" else { return [] }
        var crumbs = [Breadcrumb(label: words[.home], url: SitePath.relativeURL(from: outputPath, to: "index.html"))]
        var path = ""
        for component in folder.split(separator: "/").map(String.init) {
            path = path.isEmpty ? component : path + "/" + component
            let index = Site.indexPath(ofFolder: path)
            let isLast = title == nil && path == folder
            crumbs.append(Breadcrumb(label: label(ofFolder: path),
                                     url: isLast || !site.outputPaths.contains(index) ? nil : SitePath.relativeURL(from: outputPath, to: index)))
        }
        if let title { crumbs.append(Breadcrumb(label: title, url: nil)) }
        return crumbs
    }

    /// A folder's name for people: its `index.md` title, the section's name,
    /// a month, or the folder name as written.
    func label(ofFolder folder: String) -> String {
        if let intro = site.introduction(of: folder), let title = intro.metadata.title { return title }
        if let section = Self.sections.first(where: { !$0.prefix.isEmpty && $0.prefix == folder }) { return words[section.word] }
        let name = SitePath.fileName(of: folder)
        if folder.hasPrefix("packs/"), let month = CalendarMonth(iso: name) { return words(.monthHeading, ["month": month.numeric]) }
        return name
    }
}

/// The navigation a page shares with every page of its folder: the bar,
/// the link home and the breadcrumbs above its own title. A folder holds
/// hundreds of pages and these were made again for each (a fortieth of a
/// build), so they are made once per folder, by whichever page asks first.
final class FolderNavigation: @unchecked Sendable {
    struct Shared {
        /// The bar as templates read it, made into their values once.
        var items: TemplateValue
        var homeURL: String
        var crumbs: [Breadcrumb]
    }

    private let navigation: SiteNavigation
    /// By output folder and content folder. Guarded by `lock`.
    private var shared: [String: Shared] = [:]
    private let lock = NSLock()

    init(site: Site, words: PageWords) {
        navigation = SiteNavigation(site: site, words: words)
    }

    /// The bar, the link home and the breadcrumbs of the page at
    /// `outputPath`, from content `folder`, titled `title` (nil for a
    /// folder's index, whose own crumb is its folder's).
    func of(_ outputPath: String, folder: String, title: String?) -> Shared {
        let directory = SitePath.directory(of: outputPath)
        // A page at the top is its own bar's current item; an index's last crumb is not a link.
        guard let title, !directory.isEmpty else { return Self.make(navigation, outputPath, folder, title) }
        let key = directory + "\u{0}" + folder
        lock.lock()
        let known = shared[key]
        lock.unlock()
        var result: Shared
        if let known {
            result = known
        } else {
            // Made for the folder's first page, but its own crumb: every page there links the same.
            result = Self.make(navigation, outputPath, folder, title)
            result.crumbs.removeLast()
            lock.lock()
            shared[key] = result
            lock.unlock()
        }
        result.crumbs.append(Breadcrumb(label: title, url: nil))
        return result
    }

    private static func make(_ navigation: SiteNavigation, _ outputPath: String, _ folder: String, _ title: String?) -> Shared {
        Shared(items: .of(navigation.items(for: outputPath)), homeURL: SitePath.relativeURL(from: outputPath, to: "index.html"),
               crumbs: navigation.breadcrumbs(for: outputPath, folder: folder, title: title))
    }
}
