package msg

// MapArgs applies f to a message's text arguments, and to those of the
// messages and lists nested in it: redaction and shortening work on the
// values a message quotes, never on the words around them. Localized words
// (Text, Key, Plural) are the catalogue's own and are left as they are.
func MapArgs(m Message, f func(string) string) Message {
	if len(m.Args) == 0 {
		return m
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = mapArg(a, f)
	}
	return Message{Format: m.Format, Args: args}
}

func mapArg(a any, f func(string) string) any {
	switch x := a.(type) {
	case string:
		return f(x)
	case Message:
		return MapArgs(x, f)
	case Joined:
		out := make(Joined, len(x))
		for i, m := range x {
			out[i] = MapArgs(m, f)
		}
		return out
	case List:
		out := make(List, len(x))
		for i, y := range x {
			out[i] = mapArg(y, f)
		}
		return out
	case Alternatives:
		out := make(Alternatives, len(x))
		for i, y := range x {
			out[i] = mapArg(y, f)
		}
		return out
	}
	return a
}
