package whatsapp

import "errors"

// This file decodes the webhook envelope without reflection. It is a fast
// path only: it accepts a body when it is certain encoding/json would
// decode it without error into the same envelope, and otherwise answers
// errSlowPath, and parse decodes with encoding/json instead (which also
// words the error of a malformed body). So the two can never disagree:
// FuzzDecodeEnvelope checks that whatever the fast path accepts,
// encoding/json accepts too, with an equal result.
//
// What sends a body to the slow path: any syntax error; a value of the
// wrong JSON type for its field; a key that appears twice in one object,
// or that is not one of the object's fields but equals one of them under
// encoding/json's case folding (or is not plain ASCII, or is escaped);
// nesting deeper than maxDecodeDepth; a number encoding/json would refuse
// for its field.

// errSlowPath: the fast decoder leaves the body to encoding/json.
var errSlowPath = errors.New("whatsapp: body needs the general JSON decoder")

// maxDecodeDepth bounds nesting on the fast path (encoding/json allows
// far more; deeper bodies simply take the slow path).
const maxDecodeDepth = 64

// decoder reads one JSON document from b.
type decoder struct {
	b     []byte
	i     int
	depth int
}

// decodeEnvelope decodes body into env, or returns errSlowPath.
func decodeEnvelope(body []byte, env *envelope) error {
	d := decoder{b: body}
	d.space()
	if d.peek() != '{' {
		return errSlowPath // null, an array...: encoding/json decides
	}
	if err := d.envelope(env); err != nil {
		return err
	}
	d.space()
	if d.i != len(d.b) {
		return errSlowPath
	}
	return nil
}

// Field names of each object of the envelope, in the order the decoders
// below switch on.
var (
	envelopeFields = []string{"object", "entry"}
	entryFields    = []string{"id", "changes"}
	changeFields   = []string{"field", "value"}
	valueFields    = []string{"metadata", "messages", "statuses", "errors"}
	metadataFields = []string{"display_phone_number", "phone_number_id"}
	messageFields  = []string{"from", "id", "timestamp", "type", "context", "text", "image", "audio", "video",
		"document", "sticker", "location", "contacts", "button", "interactive", "reaction", "errors"}
	idFields          = []string{"id"}
	bodyFields        = []string{"body"}
	mediaFields       = []string{"id", "mime_type", "caption", "filename"}
	locationFields    = []string{"latitude", "longitude", "name", "address"}
	buttonFields      = []string{"payload", "text"}
	interactiveFields = []string{"type", "button_reply", "list_reply"}
	replyFields       = []string{"id", "title"}
	reactionFields    = []string{"message_id", "emoji"}
	cardFields        = []string{"name", "phones"}
	cardNameFields    = []string{"formatted_name"}
	phoneFields       = []string{"phone"}
	statusFields      = []string{"id", "status", "timestamp", "errors"}
	apiErrorFields    = []string{"code", "title"}
)

func (d *decoder) envelope(env *envelope) error {
	return d.object(envelopeFields, func(f int) error {
		if f == 0 {
			return d.str(&env.Object)
		}
		return elems(d, &env.Entry, func(e *entry) error {
			return d.object(entryFields, func(f int) error {
				if f == 0 {
					return d.str(&e.ID)
				}
				return elems(d, &e.Changes, func(c *change) error {
					return d.object(changeFields, func(f int) error {
						if f == 0 {
							return d.str(&c.Field)
						}
						return d.value(&c.Value)
					})
				})
			})
		})
	})
}

func (d *decoder) value(v *value) error {
	return d.object(valueFields, func(f int) error {
		switch f {
		case 0:
			return d.object(metadataFields, func(f int) error {
				if f == 0 {
					return d.str(&v.Metadata.DisplayPhoneNumber)
				}
				return d.str(&v.Metadata.PhoneNumberID)
			})
		case 1:
			return elems(d, &v.Messages, d.message)
		case 2:
			return elems(d, &v.Statuses, d.status)
		}
		return elems(d, &v.Errors, d.apiError)
	})
}

func (d *decoder) message(m *message) error {
	return d.object(messageFields, func(f int) error {
		switch messageFields[f] {
		case "from":
			return d.str(&m.From)
		case "id":
			return d.str(&m.ID)
		case "timestamp":
			return d.str(&m.Timestamp)
		case "type":
			return d.str(&m.Type)
		case "context":
			return ptr(d, &m.Context, func(c *messageContext) error {
				return d.object(idFields, func(int) error { return d.str(&c.ID) })
			})
		case "text":
			return ptr(d, &m.Text, func(t *messageText) error {
				return d.object(bodyFields, func(int) error { return d.str(&t.Body) })
			})
		case "image":
			return ptr(d, &m.Image, d.media)
		case "audio":
			return ptr(d, &m.Audio, d.media)
		case "video":
			return ptr(d, &m.Video, d.media)
		case "document":
			return ptr(d, &m.Document, d.media)
		case "sticker":
			return ptr(d, &m.Sticker, d.media)
		case "location":
			return ptr(d, &m.Location, d.location)
		case "contacts":
			return elems(d, &m.Contacts, d.contactCard)
		case "button":
			return ptr(d, &m.Button, func(b *messageButton) error {
				return d.object(buttonFields, func(f int) error {
					if f == 0 {
						return d.str(&b.Payload)
					}
					return d.str(&b.Text)
				})
			})
		case "interactive":
			return ptr(d, &m.Interactive, d.interactive)
		case "reaction":
			return ptr(d, &m.Reaction, func(r *messageReaction) error {
				return d.object(reactionFields, func(f int) error {
					if f == 0 {
						return d.str(&r.MessageID)
					}
					return d.str(&r.Emoji)
				})
			})
		}
		return elems(d, &m.Errors, d.apiError)
	})
}

func (d *decoder) media(md *media) error {
	return d.object(mediaFields, func(f int) error {
		return d.str([...]*string{&md.ID, &md.MimeType, &md.Caption, &md.Filename}[f])
	})
}

func (d *decoder) location(l *messageLocation) error {
	return d.object(locationFields, func(f int) error {
		switch f {
		case 0:
			return d.float(&l.Latitude)
		case 1:
			return d.float(&l.Longitude)
		case 2:
			return d.str(&l.Name)
		}
		return d.str(&l.Address)
	})
}

func (d *decoder) interactive(it *messageInteractive) error {
	return d.object(interactiveFields, func(f int) error {
		switch f {
		case 0:
			return d.str(&it.Type)
		case 1:
			return ptr(d, &it.ButtonReply, d.reply)
		}
		return ptr(d, &it.ListReply, d.reply)
	})
}

func (d *decoder) reply(r *reply) error {
	return d.object(replyFields, func(f int) error {
		if f == 0 {
			return d.str(&r.ID)
		}
		return d.str(&r.Title)
	})
}

func (d *decoder) contactCard(c *contactCard) error {
	return d.object(cardFields, func(f int) error {
		if f == 0 {
			return d.object(cardNameFields, func(int) error { return d.str(&c.Name.FormattedName) })
		}
		return elems(d, &c.Phones, func(p *cardPhone) error {
			return d.object(phoneFields, func(int) error { return d.str(&p.Phone) })
		})
	})
}

func (d *decoder) status(s *status) error {
	return d.object(statusFields, func(f int) error {
		switch f {
		case 0:
			return d.str(&s.ID)
		case 1:
			return d.str(&s.Status)
		case 2:
			return d.str(&s.Timestamp)
		}
		return elems(d, &s.Errors, d.apiError)
	})
}

func (d *decoder) apiError(e *apiError) error {
	return d.object(apiErrorFields, func(f int) error {
		if f == 0 {
			return d.integer(&e.Code)
		}
		return d.str(&e.Title)
	})
}
