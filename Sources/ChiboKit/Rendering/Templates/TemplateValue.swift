/// What a template reads from a view: text, a flag, a list, or a view with
/// fields of its own. Views say what they hold through `TemplateFields`, so
/// rendering looks a field up with one `switch` and never casts or reflects.
enum TemplateValue {
    case text(String)
    /// HTML written as it is by `{{{name}}}`, escaped by `{{name}}`.
    case html(HTML)
    case flag(Bool)
    case list([TemplateValue])
    case fields(Fields)
    /// An absent value: the name is looked up in the enclosing views.
    case absent

    /// A view, held by one reference: every value is then copied (onto
    /// the stack of views, out of a list) by one retain, where a view held
    /// inline was copied field by field through its type's witnesses, a
    /// third of rendering a template.
    final class Fields {
        let view: any TemplateFields

        init(_ view: any TemplateFields) {
            self.view = view
        }
    }

    /// Any value a view can hold, by its static type.
    static func of<Value: TemplateValueConvertible>(_ value: Value) -> TemplateValue { value.templateValue }
}

/// A view whose fields templates read by name; nil for a name it lacks.
protocol TemplateFields: TemplateValueConvertible {
    func field(_ name: String) -> TemplateValue?
}

protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension HTML: TemplateValueConvertible {
    var templateValue: TemplateValue { .html(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue { map(\.templateValue) ?? .absent }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension TemplateFields {
    var templateValue: TemplateValue { .fields(TemplateValue.Fields(self)) }
}
