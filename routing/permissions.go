package routing

import (
	"fmt"
	"maps"
	"slices"
)

// Permission is something a staff member may be allowed to do.
type Permission string

// The permissions.
const (
	// PermReadQueue is reading the conversations of a queue (and working
	// them).
	PermReadQueue Permission = "queue.read"
	// PermViewPHI is seeing message text and patient details unredacted.
	PermViewPHI Permission = "phi.view"
	// PermExport is exporting conversations or reports out of the product.
	PermExport Permission = "export"
	// PermManage is changing routing, staff and knowledge-base settings.
	PermManage Permission = "manage"
)

// Grant is what one role may do.
type Grant struct {
	// Queues the role may read; "*" means every queue.
	Queues []string `json:"queues,omitempty"`
	// ViewPHI allows unredacted PHI in the queues the role may read.
	ViewPHI bool `json:"view_phi,omitempty"`
	Export  bool `json:"export,omitempty"`
	Manage  bool `json:"manage,omitempty"`
	// BreakGlass lets the role, in an emergency and on purpose, read any
	// queue unredacted. Every such access must be audited.
	BreakGlass bool `json:"break_glass,omitempty"`
}

// Permissions maps each role to its Grant. A role that is missing may do
// nothing. Permissions is plain data: build it in Go, load it from JSON, or
// start from DefaultPermissions.
type Permissions map[Role]Grant

// Principal is who asks: a staff member and their roles.
type Principal struct {
	ID    string
	Roles []Role
	// BreakGlass says the staff member invoked emergency access for this
	// request.
	BreakGlass bool
}

// Access is the outcome of an allowed check.
type Access struct {
	// BreakGlass reports that only emergency access allowed the request; the
	// caller must audit it as such.
	BreakGlass bool
}

// DeniedError is returned (wrapping ErrDenied) when a principal may not do
// something. It carries ids and names only, never PHI.
type DeniedError struct {
	PrincipalID string
	Permission  Permission
	// Queue is the queue asked for, for PermReadQueue and PermViewPHI.
	Queue string
}

// Error names the principal, the permission and the queue.
func (e *DeniedError) Error() string {
	if e.Queue != "" {
		return fmt.Sprintf("routing: access denied: %q may not %s in queue %q", e.PrincipalID, e.Permission, e.Queue)
	}
	return fmt.Sprintf("routing: access denied: %q may not %s", e.PrincipalID, e.Permission)
}

// Unwrap returns ErrDenied.
func (e *DeniedError) Unwrap() error { return ErrDenied }

// DefaultPermissions derives permissions from the ruleset's queues: a role
// reads the queues that admit it (queues that admit every role are read by
// all). Every role sees PHI unredacted in the queues it reads, since
// answering needs it, and in no other. Supervisors read every queue, may
// export and may break the glass; admins read every queue, export and
// manage; nurses and clinicians may break the glass.
func DefaultPermissions(rs Ruleset) Permissions {
	p := Permissions{}
	queues := append([]Queue(nil), rs.Queues...)
	if _, ok := rs.Queue(QueueFrontDesk); ok && !slices.ContainsFunc(queues, func(q Queue) bool { return q.Name == QueueFrontDesk }) {
		queues = append(queues, Queue{Name: QueueFrontDesk})
	}
	for _, role := range Roles() {
		g := Grant{ViewPHI: true}
		for _, q := range queues {
			if len(q.Roles) == 0 || slices.Contains(q.Roles, role) {
				g.Queues = append(g.Queues, q.Name)
			}
		}
		switch role {
		case RoleSupervisor:
			g = Grant{Queues: []string{"*"}, ViewPHI: true, Export: true, BreakGlass: true}
		case RoleAdmin:
			g.Queues, g.Export, g.Manage = []string{"*"}, true, true
		case RoleNurse, RoleClinician:
			g.BreakGlass = true
		}
		p[role] = g
	}
	return p
}

// Validate checks that every role is known and every queue declared in rs.
func (p Permissions) Validate(rs Ruleset) error {
	var errs []error
	roles := slices.Sorted(maps.Keys(p))
	for _, role := range roles {
		g := p[role]
		where := fmt.Sprintf("permissions %q", role)
		if !role.Valid() {
			errs = append(errs, configErr(where, ErrUnknownRole, "role %q", role))
			continue
		}
		for _, q := range g.Queues {
			if _, ok := rs.Queue(q); !ok && q != "*" {
				errs = append(errs, configErr(where, ErrUnknownQueue, "queue %q is not declared", q))
			}
		}
	}
	return joinErrs(errs)
}

// Check reports whether who may have perm, in queue for PermReadQueue and
// PermViewPHI. It returns a *DeniedError (wrapping ErrDenied) when not;
// the caller writes the access.denied audit event. With who.BreakGlass set,
// a role with Grant.BreakGlass may read and view PHI in any queue, and the
// Access says so.
func (p Permissions) Check(who Principal, perm Permission, queue string) (Access, error) {
	for _, role := range who.Roles {
		if p.allows(role, perm, queue) {
			return Access{}, nil
		}
	}
	if who.BreakGlass && (perm == PermReadQueue || perm == PermViewPHI) {
		for _, role := range who.Roles {
			if p[role].BreakGlass {
				return Access{BreakGlass: true}, nil
			}
		}
	}
	return Access{}, &DeniedError{PrincipalID: who.ID, Permission: perm, Queue: queue}
}

func (p Permissions) allows(role Role, perm Permission, queue string) bool {
	g, ok := p[role]
	if !ok {
		return false
	}
	reads := slices.Contains(g.Queues, "*") || slices.Contains(g.Queues, queue)
	switch perm {
	case PermReadQueue:
		return reads
	case PermViewPHI:
		return reads && g.ViewPHI
	case PermExport:
		return g.Export
	case PermManage:
		return g.Manage
	}
	return false
}
