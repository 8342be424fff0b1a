package msg

// Unwrap returns the errors among the message's arguments, so errors.Is
// and errors.As see through a catalogue error to its cause
// (Errorf("writing %s: %s", name, err)).
func (e *Error) Unwrap() []error {
	var errs []error
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	return errs
}
