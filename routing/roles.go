package routing

import "slices"

// Role is a staff member's job in the practice. The set is closed: see the
// Role constants.
type Role string

// The roles.
const (
	RoleFrontDesk  Role = "front_desk"
	RoleScheduler  Role = "scheduler"
	RoleBilling    Role = "billing"
	RoleNurse      Role = "nurse"
	RoleClinician  Role = "clinician"
	RoleSupervisor Role = "supervisor"
	RoleAdmin      Role = "admin"
)

// Roles returns every role in a fixed order.
func Roles() []Role {
	return []Role{RoleFrontDesk, RoleScheduler, RoleBilling, RoleNurse, RoleClinician, RoleSupervisor, RoleAdmin}
}

// Valid reports whether r is one of the Roles.
func (r Role) Valid() bool { return slices.Contains(Roles(), r) }
