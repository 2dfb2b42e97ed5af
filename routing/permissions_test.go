package routing_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/frontdeskhq/frontdesk/routing"
)

func TestDefaultPermissions(t *testing.T) {
	rs := routing.DefaultRuleset()
	p := routing.DefaultPermissions(rs)
	if err := p.Validate(rs); err != nil {
		t.Fatal(err)
	}
	staff := func(roles ...routing.Role) routing.Principal { return routing.Principal{ID: "s1", Roles: roles} }
	cases := []struct {
		name       string
		who        routing.Principal
		perm       routing.Permission
		queue      string
		allowed    bool
		breakGlass bool
	}{
		{"billing reads billing", staff(routing.RoleBilling), routing.PermReadQueue, routing.QueueBilling, true, false},
		{"billing does not read nursing", staff(routing.RoleBilling), routing.PermReadQueue, routing.QueueNursing, false, false},
		{"front desk reads scheduling", staff(routing.RoleFrontDesk), routing.PermReadQueue, routing.QueueScheduling, true, false},
		{"front desk no PHI in nursing", staff(routing.RoleFrontDesk), routing.PermViewPHI, routing.QueueNursing, false, false},
		{"nurse PHI in nursing", staff(routing.RoleNurse), routing.PermViewPHI, routing.QueueNursing, true, false},
		{"nurse cannot export", staff(routing.RoleNurse), routing.PermExport, "", false, false},
		{"supervisor exports", staff(routing.RoleSupervisor), routing.PermExport, "", true, false},
		{"supervisor reads anything", staff(routing.RoleSupervisor), routing.PermViewPHI, routing.QueueBilling, true, false},
		{"admin manages", staff(routing.RoleAdmin), routing.PermManage, "", true, false},
		{"supervisor does not manage", staff(routing.RoleSupervisor), routing.PermManage, "", false, false},
		{"second role counts", staff(routing.RoleBilling, routing.RoleNurse), routing.PermReadQueue, routing.QueueNursing, true, false},
		{"nurse breaks the glass into billing", routing.Principal{ID: "s1", Roles: []routing.Role{routing.RoleNurse}, BreakGlass: true},
			routing.PermViewPHI, routing.QueueBilling, true, true},
		{"break glass does not export", routing.Principal{ID: "s1", Roles: []routing.Role{routing.RoleNurse}, BreakGlass: true},
			routing.PermExport, "", false, false},
		{"billing cannot break the glass", routing.Principal{ID: "s1", Roles: []routing.Role{routing.RoleBilling}, BreakGlass: true},
			routing.PermReadQueue, routing.QueueNursing, false, false},
		{"no roles", staff(), routing.PermReadQueue, routing.QueueFrontDesk, false, false},
		{"unknown role", staff("janitor"), routing.PermReadQueue, routing.QueueFrontDesk, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			acc, err := p.Check(tc.who, tc.perm, tc.queue)
			if (err == nil) != tc.allowed || acc.BreakGlass != tc.breakGlass {
				t.Fatalf("Check = %+v, %v; want allowed %v break-glass %v", acc, err, tc.allowed, tc.breakGlass)
			}
			if err != nil {
				var de *routing.DeniedError
				if !errors.Is(err, routing.ErrDenied) || !errors.As(err, &de) || de.PrincipalID != "s1" || de.Permission != tc.perm {
					t.Errorf("denial %v is not a DeniedError for s1", err)
				}
			}
		})
	}
}

func TestPermissionsValidate(t *testing.T) {
	p := routing.Permissions{
		"janitor":              {},
		routing.RoleNurse:      {Queues: []string{"icu"}},
		routing.RoleSupervisor: {Queues: []string{"*"}},
	}
	err := p.Validate(routing.DefaultRuleset())
	if !errors.Is(err, routing.ErrUnknownRole) || !errors.Is(err, routing.ErrUnknownQueue) {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), `permissions "janitor"`) || !strings.Contains(err.Error(), `queue "icu"`) {
		t.Errorf("err = %v does not name the problems", err)
	}
}
